package text

// StopWords end the noun phrase after a count ("three areas of focus").
var StopWords = SetOf("of", "in", "to", "for", "and", "or", "by", "with", "from", "that", "which", "who", "on",
	"at", "as", "is", "are", "was", "were", "have", "has", "had", "will", "would", "the", "a", "an", "than",
	"per", "each", "into", "over", "after", "before", "since", "this", "its", "their", "his", "her", "be",
	"been", "said", "says", "more", "less", "about", "around", "while", "when", "but", "not", "also")
