"""The detail pane for the selected node: header, figure table, source text, charts."""
