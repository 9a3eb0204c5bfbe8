"""The Servicegrad workspace: call records against the targets, explained by the pattern."""
