"""The Beredskap workspace: sites with their autonomy and paths, outage scenarios, weaknesses
and measures, findings, and the preparedness plan."""
