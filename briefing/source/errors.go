package source

import "errors"

// Kinds of read errors, for errors.Is; the errors themselves carry a
// message in plain words naming the file.
var (
	// ErrTooLarge: the file is larger than MaxFileBytes.
	ErrTooLarge = errors.New("file too large")
	// ErrUnsupported: BriefDesk has no reader for the file's extension.
	ErrUnsupported = errors.New("unsupported file type")
	// ErrUnreadable: the file cannot be opened or is damaged.
	ErrUnreadable = errors.New("unreadable file")
	// ErrNoText: the file was read but holds no article text.
	ErrNoText = errors.New("no article text")
)
