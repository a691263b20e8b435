"""Layout: from lines of text (dumped or positioned) to articles with their parts in roles."""
