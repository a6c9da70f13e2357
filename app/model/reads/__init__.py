"""Read functions for the interface: each opens one short read session on the store and
returns frozen dataclasses or plain data, so views never build a query themselves."""
