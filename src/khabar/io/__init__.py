"""Reading articles from files and writing records: the edges of khabar."""
