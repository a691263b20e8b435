"""The store's tables, in SQL that both SQLite and PostgreSQL accept.

Each backend adds its own full-text index (`sqlite.FTS_V1`, `postgres.FTS_V1`)
and adapts the few types that differ (`n INTEGER PRIMARY KEY` is SQLite's
rowid; PostgreSQL makes it an identity column).  A schema change is a new
migration appended in each backend's `_migrations`, never an edit of these.

Counters (``issue_count``, ``quote_count``…) and first/last dates are kept
at ingest so that listings stay fast on large archives.  ``articles.tags``
holds one token per filter value (`rows.tag`) that SQLite indexes with the
text, so that filtered searches never join every match.
"""

TABLES_V1 = [
    "CREATE TABLE publications (id TEXT PRIMARY KEY, name TEXT NOT NULL, issue_count INTEGER NOT NULL"
    " DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0, first_date TEXT, last_date TEXT)",
    "CREATE TABLE issues (id TEXT PRIMARY KEY, publication_id TEXT NOT NULL REFERENCES publications(id),"
    " date TEXT NOT NULL DEFAULT '', page_count INTEGER NOT NULL DEFAULT 0,"
    " article_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX issues_by_publication ON issues (publication_id, date)",
    "CREATE INDEX issues_by_date ON issues (date, id)",
    "CREATE TABLE pages (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, issue_id TEXT NOT NULL"
    " REFERENCES issues(id), kind TEXT NOT NULL, source_path TEXT, page_count INTEGER NOT NULL,"
    " article_count INTEGER NOT NULL, sheets TEXT, other TEXT, warnings TEXT, ingested_at TEXT NOT NULL)",
    "CREATE INDEX pages_by_issue ON pages (issue_id)",
    "CREATE TABLE articles (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, page_id TEXT NOT NULL"
    " REFERENCES pages(id), seq INTEGER NOT NULL, issue_id TEXT NOT NULL, publication_id TEXT NOT NULL,"
    " date TEXT NOT NULL DEFAULT '', headline TEXT, deck TEXT, byline TEXT, kicker TEXT, bio TEXT,"
    " body TEXT NOT NULL, paragraphs TEXT NOT NULL, quote_count INTEGER NOT NULL,"
    " extra TEXT, tags TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX articles_by_page ON articles (page_id, seq)",
    "CREATE INDEX articles_by_date ON articles (date, id)",
    "CREATE INDEX articles_by_publication ON articles (publication_id, date)",
    "CREATE TABLE parts (article_id TEXT NOT NULL, role TEXT NOT NULL, idx INTEGER NOT NULL,"
    " text TEXT NOT NULL, data TEXT, PRIMARY KEY (article_id, role, idx)) WITHOUT ROWID",
    "CREATE TABLE quotes (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL,"
    " seq INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, start_pos INTEGER, end_pos INTEGER,"
    " speaker_id TEXT, speaker_name TEXT, speaker_title TEXT, speaker_affiliation TEXT, cue TEXT,"
    " cue_start INTEGER, cue_end INTEGER, date TEXT NOT NULL DEFAULT '', publication_id TEXT NOT NULL)",
    "CREATE INDEX quotes_by_article ON quotes (article_id, seq)",
    "CREATE INDEX quotes_by_speaker ON quotes (speaker_id, date)",
    "CREATE INDEX quotes_by_date ON quotes (date, id)",
    "CREATE TABLE speakers (id TEXT PRIMARY KEY, name TEXT NOT NULL, quote_count INTEGER NOT NULL,"
    " article_count INTEGER NOT NULL, first_date TEXT, last_date TEXT)",
    "CREATE INDEX speakers_by_quotes ON speakers (quote_count DESC, id)",
    "CREATE TABLE speaker_names (speaker_id TEXT NOT NULL, name TEXT NOT NULL, lname TEXT NOT NULL,"
    " count INTEGER NOT NULL, PRIMARY KEY (speaker_id, name)) WITHOUT ROWID",
    "CREATE INDEX speaker_names_by_name ON speaker_names (lname)",
    "CREATE TABLE speaker_titles (speaker_id TEXT NOT NULL, title TEXT NOT NULL, count INTEGER NOT NULL,"
    " first_date TEXT, last_date TEXT, PRIMARY KEY (speaker_id, title)) WITHOUT ROWID",
    "CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, label TEXT NOT NULL,"
    " mention_count INTEGER NOT NULL, article_count INTEGER NOT NULL, first_date TEXT, last_date TEXT)",
    "CREATE INDEX entities_by_articles ON entities (article_count DESC, id)",
    "CREATE TABLE entity_names (entity_id TEXT NOT NULL, name TEXT NOT NULL, lname TEXT NOT NULL,"
    " count INTEGER NOT NULL, PRIMARY KEY (entity_id, name)) WITHOUT ROWID",
    "CREATE INDEX entity_names_by_name ON entity_names (lname)",
    "CREATE TABLE mentions (entity_id TEXT NOT NULL, article_id TEXT NOT NULL, text TEXT NOT NULL,"
    " count INTEGER NOT NULL, spans TEXT NOT NULL, aliases TEXT, date TEXT,"
    " PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID",
    "CREATE INDEX mentions_by_article ON mentions (article_id)",
    "CREATE TABLE events (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL,"
    " seq INTEGER NOT NULL, type TEXT NOT NULL, cameo TEXT, mode TEXT, context TEXT, text TEXT NOT NULL,"
    " start_pos INTEGER, end_pos INTEGER, source_text TEXT, source_entity_id TEXT, source_country TEXT,"
    " source_sector TEXT, target_text TEXT, target_entity_id TEXT, target_country TEXT, target_sector TEXT,"
    " date TEXT, date_end TEXT, place TEXT, claimed_by TEXT, negated INTEGER NOT NULL DEFAULT 0,"
    " sentence TEXT, article_date TEXT)",
    "CREATE INDEX events_by_article ON events (article_id, seq)",
    "CREATE INDEX events_by_type ON events (type, date)",
    "CREATE INDEX events_by_source ON events (source_entity_id)",
    "CREATE INDEX events_by_target ON events (target_entity_id)",
]
