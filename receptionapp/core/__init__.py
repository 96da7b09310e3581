"""Domain rules in pure Python: no Qt, no peewee queries."""
