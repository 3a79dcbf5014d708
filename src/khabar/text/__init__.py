"""The Arabic text layer: normalisation, sentences, tokens and clitics."""

from khabar.text.normalize import normalize_text, normalize_word
from khabar.text.sentences import find_byline, split_sentences
from khabar.text.tokens import tokenize

__all__ = ["find_byline", "normalize_text", "normalize_word", "split_sentences", "tokenize"]
