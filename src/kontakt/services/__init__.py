"""Use cases, each written once, that the GUI and the `kontakt` command both call."""
