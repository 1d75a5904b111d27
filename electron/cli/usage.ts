export const usage = `folio — offline reader for FAQs and regulatory notices

Usage:
  folio serve [--port N] [--json]          serve the reader on 127.0.0.1 and print its URL
  folio import PATH… [--json]              import files or folders (.txt .md .html .pdf .docx .yml …)
  folio docs [--json]                      list the documents in the library
  folio show DOC_ID [--json]               print one document's passages in reading order
  folio search [--] QUERY [--limit N] [--json]
                                           search the library (see "Query language" in the README);
                                           after --, a query may start with "-": folio search -- -server caching
  folio rebuild [--json]                   a new library from the old one's source files (the old file is kept)
  folio compare DOC_ID [--from V] [--to V] [--json]
                                           compare two versions of a law, article by article
  folio notes list [--doc ID] [--tag T] [--layer L] [--review] [--json]
                                           your bookmarks and highlights, with their anchor status
  folio notes add DOC_ID PASSAGE_ID --quote TEXT [--note TEXT] [--tag T]… [--colour C] [--layer L]
                                           highlight the first occurrence of TEXT in the passage
  folio notes export --format w3c|folio|md|html [--layer L | --pack NAME] [--out FILE]
  folio notes import FILE [--json]         merge a Folio or W3C export (nothing is duplicated)
  folio pack list [--json]                 your session packs
  folio pack export NAME --format md|html|pdf [--out FILE]
                                           a handout with a citation under every item
  folio backup [--json]                    back up your notes now (beside them, in backups/)
  folio restore FILE [--json]              replace your notes with a backup

Options:
  --data DIR   library folder (default: $XDG_DATA_HOME/folio or ~/.local/share/folio)
  --json       machine-readable output (fields documented in the README)
  --allow DIR  (serve, repeatable) a folder the browser page may import from; none by default
  --max-file-mb N  (import, serve) refuse files larger than N MB (default 100)
  --help       this text`;
