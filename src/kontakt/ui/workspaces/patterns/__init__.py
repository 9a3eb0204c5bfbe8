"""The Ringemønster workspace: the stored ring patterns, and importing IKTNH's documents."""
