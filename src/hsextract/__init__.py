"""hsextract: cast, release and episode records from TV-series news, with evidence."""

__version__ = "0.1.0"
PIPELINE_VERSION = "1"
