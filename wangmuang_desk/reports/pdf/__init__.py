"""PDF building blocks for Thai documents (reportlab): paragraphs, tables, page frame.

Every module here imports reportlab at its top, so import them only when a document is built
(never from code that runs at GUI start). `atomic` is the exception: it needs no reportlab.
"""
