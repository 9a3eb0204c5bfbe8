"""The Telefonmodellar workspace: browse, compare and order IKTNH's phone models."""
