"""Small widgets the workspaces share."""
