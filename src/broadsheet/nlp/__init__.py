"""NLP stages: quotations, entities and events, as spaCy components.

Importing `broadsheet.nlp` registers the components with spaCy, so any
spaCy user can ``nlp.add_pipe("broadsheet_quotes")``.
"""
