package source

import "mime"

// ReadWeb reads a page fetched from the web by its MIME content type:
// HTML or XHTML as a web page, text/plain as plain text; a charset in the
// content type decides the decoding. name (the page's address) names the
// page in error messages.
func ReadWeb(name, contentType string, data []byte) (Source, error) {
	if len(data) > MaxFileBytes {
		return Source{}, tooLarge(name)
	}
	read := func(data []byte) (Source, error) { return readHTMLAs(data, contentType) }
	if media, params, err := mime.ParseMediaType(contentType); err == nil && media == "text/plain" {
		read = func(data []byte) (Source, error) {
			return Source{Text: decodeCharset(params["charset"], data)}, nil
		}
	}
	return run(name, read, data)
}
