"""Subcommands of ``workreport`` that live in their own modules: each adds its parser and runs."""
