"""The official documents of a session: Word 交办单, 提案目录, 审查情况汇总 (templates the
secretariat edits in Word) and the PDF notices in the GB/T 9704-2012 letter format.

Documents only read the session. The UI and the CLI call
`review_desk.documents.export.export_documents` (progress and cancel callbacks, typed
errors from `review_desk.documents.errors`); `review_desk.documents.gather` gives the plain
data they show. (Nothing is imported here, so `python -m
review_desk.documents.template_builder` runs cleanly.)
"""
