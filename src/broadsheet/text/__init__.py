"""Text repair shared by every reader: character normalisation and line-end hyphens."""
