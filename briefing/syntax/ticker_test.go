package syntax

import "testing"

func TestTickersParsedAround(t *testing.T) {
	const release = "Halvorsen Therapeutics ASA (Oslo: HALV) and Sanrei Pharmaceutical Co., Ltd. (TSE: 4592) today announced that they have signed a license agreement."
	checkRepairs(t, []repairCase{
		{"the names either side of a ticker make one list", release, "Sanrei", "ASA", "conj"},
		{"the list is the subject", release, "ASA", "announced", "nsubj"},
		{"the ticker's code stands beside the name before it", release, "HALV", "ASA", "appos"},
		{"the exchange is a compound of the code", release, "TSE", "4592", "compound"},
	})
}
