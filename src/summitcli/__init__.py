"""summit: query the Korea-Japan summit of 23 August 2025 from the command line."""

__version__ = "0.1.0"
