"""IKTNH's negotiated phone models: the catalogue document and its models."""
