"""Persistence: peewee models, database set-up, migrations and repositories."""
