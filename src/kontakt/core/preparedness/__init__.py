"""Preparedness (`spec/preparedness.md`): the sites register with its power and network
paths, the findings about weak points, outage scenarios through the ring-pattern simulator,
weaknesses with their measures, and the plan's review.

Pure Python (no Qt, no database): the Beredskap workspace, `kontakt preparedness` and the
plan workbook all call these.
"""
