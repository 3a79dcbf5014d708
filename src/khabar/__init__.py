"""khabar: Arabic news to political event data."""
