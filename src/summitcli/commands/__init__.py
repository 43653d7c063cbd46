"""The commands, grouped by what they need; `cli` imports only the module of the one asked for."""

MODULES = {
    "info": "browse",
    "sections": "browse",
    "show": "show",
    "search": "search",
    "quotes": "quotes",
    "speakers": "browse",
    "outcomes": "browse",
    "timeline": "browse",
    "topics": "browse",
    "compare": "compare",
    "cite": "show",
    "read": "show",
    "export": "export",
    "draft": "draft",
    "validate": "validate",
}
"""Each command, in the order `summit --help` lists them, and the module that defines it."""
