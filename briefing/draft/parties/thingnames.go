package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Things in capitals: some words in capitals name no party wherever they
// stand. A currency's code beside a sum ("GBP 10,000", "2 million DKK"),
// a share's ticker after its exchange ("(NYSE: TSDY)") and an acronym the
// text gives a thing written in lower case ("earnings per share (EPS)",
// "Marburg virus disease (MVD)") are no names of states, bodies or people,
// nor are the acronyms of common things (see thingAcronyms).

// markThingNames adds to the document's names of things the codes,
// tickers and acronyms of things its text writes (see above).
func markThingNames(d *document) {
	for si := range d.Sentences {
		ts := d.SentenceTokens(si)
		for k := range ts {
			if name, ok := thingName(ts, k); ok {
				if d.docNames == nil {
					d.docNames = map[string]bool{}
				}
				d.docNames[name] = true
			}
		}
	}
}

// thingName returns the word at token k when it names a thing by one of
// the shapes above.
func thingName(ts []doc.Token, k int) (string, bool) {
	t := ts[k]
	if t.Word && thingAcronyms[strings.TrimSuffix(t.Text, "s")] {
		return t.Text, true // "a PC", "DVD sales", "GDP", "PCs"
	}
	if t.Word && currencyCodes[t.Text] && (k > 0 && numeric(ts[k-1].Text) || k+1 < len(ts) && numeric(ts[k+1].Text)) {
		return t.Text, true
	}
	if !t.Word || !allCaps(t.Text) {
		return "", false
	}
	if k >= 3 && k+1 < len(ts) && ts[k-1].Text == ":" && ts[k+1].Text == ")" && len(t.Text) <= 5 && bracketOpens(ts, k-2) {
		return t.Text, true // "(NYSE: TSDY)", "(Euronext Growth Oslo: VLTX)"
	}
	if k >= 2 && k+1 < len(ts) && ts[k-1].Text == "(" && ts[k+1].Text == ")" && gazetteer.DefinedAcronym(t.Text) && lowerExpansion(ts, k-1, t.Text) {
		return t.Text, true
	}
	return "", false
}

// bracketOpens reports whether an opening bracket stands before token k
// with only capitalised words between: the name of an exchange.
func bracketOpens(ts []doc.Token, k int) bool {
	for ; k >= 0; k-- {
		switch {
		case ts[k].Text == "(":
			return true
		case !ts[k].Word || !ts[k].Cap:
			return false
		}
	}
	return false
}

// lowerExpansion reports whether the words right before token j spell
// acronym acr and most of them, small words such as "of" aside, are
// written in lower case: what it stands for is a thing ("seasonal
// coefficient of performance"), no party.
func lowerExpansion(ts []doc.Token, j int, acr string) bool {
	letters := len(lettersOf(acr))
	var words []doc.Token
	for k := j - 1; k >= 0 && len(words) < letters+3; k-- {
		if ts[k].Text == "," {
			continue // "illegal, unreported and unregulated (IUU)"
		}
		if !ts[k].Word {
			return false
		}
		words = append([]doc.Token{ts[k]}, words...)
		if len(words) < letters {
			continue
		}
		if nameJoiners[words[0].Text] {
			continue // "for Renewal in the North (FRN)": the name goes on before "for"
		}
		parts, lower, content := make([]string, len(words)), 0, 0
		for i, w := range words {
			parts[i] = w.Text
			if nameJoiners[w.Text] {
				continue
			}
			content++
			if !w.Cap {
				lower++
			}
		}
		if initialsMatch(acr, strings.Join(parts, " ")) {
			return 2*lower > content
		}
	}
	return false
}

// numeric reports whether a token is a number as written ("10,000",
// "2.5").
func numeric(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// currencyCodes are the codes of currencies most often written beside
// sums, and the symbols some are written with.
var currencyCodes = text.SetOf("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN",
	"CZK", "HUF", "RON", "BGN", "TRY", "RUB", "UAH", "CNY", "RMB", "HKD", "SGD", "INR", "PKR", "BDT", "LKR", "IDR", "MYR",
	"THB", "PHP", "VND", "KRW", "TWD", "ZAR", "NGN", "KES", "GHS", "EGP", "MAD", "TND", "XOF", "XAF", "BRL", "MXN", "ARS",
	"CLP", "COP", "PEN", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "ILS", "ETB", "TZS", "UGX", "ZMW", "MZN",
	"Rp", "Rs", "RM", "KSh", "Ksh", "Tk") // and symbols written as letters: rupiah, rupees, ringgit, Kenyan shillings, taka

// thingAcronyms are acronyms of devices, standards and measures that news
// writes as common nouns ("a PC", "DVD players", "GDP grew"): never a
// party's name.
var thingAcronyms = text.SetOf("PC", "CD", "DVD", "TV", "HDTV", "GPS", "USB", "ADSL", "DSL", "GPRS", "SMS", "MMS", "MP3",
	"PDA", "DDoS", "IPTV", "LCD", "RAM", "CPU", "API", "GDP", "GNP", "VAT", "IPO", "HDMI", "NFC", "URL", "HTML", "PIN", "ATM",
	"SUV", "LNG", "LPG", "RFID", "OLED", "LED", "DRM", "P2P", "SIM", "GSM", "CDMA", "UMTS", "WLAN", "ISP", "3G", "4G", "5G",
	"CCTV", "CEO", "CFO", "COO", "GAAP", "IFRS", "EPS", "RSV", "TB", "MRI", "AI", "VPN", "EV", "EVs", "GPU", "GPUs", "LLM", "LLMs")
