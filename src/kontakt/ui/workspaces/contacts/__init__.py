"""The Kontaktsjekk workspace: check an HRM export against telephony, see and export findings."""
