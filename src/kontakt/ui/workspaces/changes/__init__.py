"""The Endringsbestillingar workspace: the change requests, opened and (drafts) deleted."""
