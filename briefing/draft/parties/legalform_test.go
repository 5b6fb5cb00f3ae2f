package parties

import "testing"

// TestLegalFormInLowerCase checks a company named with "plc" after its
// name: an organisation, whatever its words, with the form in its name.
func TestLegalFormInLowerCase(t *testing.T) {
	d := draftDoc(t, "Sahelite Cement plc said on Monday it would cut 200 jobs. Sahelite Cement will also close a kiln.", "2025-10-16")
	p := findParty(d.Parties, "Sahelite Cement plc")
	if p == nil || p.Kind != "organisation" {
		t.Fatalf("company with plc missing from %v", names(d.Parties))
	}
	if len(p.Aliases) != 1 || p.Aliases[0] != "Sahelite Cement" {
		t.Errorf("the name without its form is no alias: %+v", p)
	}
	d = draftDoc(t, "Shares in Harlow rose after the plcs merged.", "2025-10-16")
	if p := findParty(d.Parties, "Harlow plc"); p != nil {
		t.Errorf("a word beginning with plc was read as the form: %+v", p)
	}
}

// TestShortNameOfCompanyWithCommaForm checks that a company's first word
// alone names the company written with a legal form after a comma.
func TestShortNameOfCompanyWithCommaForm(t *testing.T) {
	d := draftDoc(t, "CAMBRIDGE, Mass., June 2, 2025 -- Veridane Therapeutics, Inc. (Nasdaq: VDNE), a clinical-stage biotechnology company, and Kosei Pharmaceutical Co., Ltd. "+
		"today announced a licence agreement for VT-214, Veridane's oral drug.\n\nHarbourline Partners LLC acted as exclusive financial advisor to Veridane.", "2025-06-02")
	p := findParty(d.Parties, "Veridane Therapeutics, Inc.")
	if p == nil {
		t.Fatalf("company missing from %v", names(d.Parties))
	}
	if findParty(d.Parties, "Veridane") != nil {
		t.Errorf("the company's first word is a party of its own: %v", names(d.Parties))
	}
}

// TestLegalFormsOfManyCountries checks that a name ending in a legal
// form used outside the English-speaking world is a company's, though its
// words could be a person's.
func TestLegalFormsOfManyCountries(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Japanese joint-stock company", "Kaiyo Boshin Kisen K.K. said on Tuesday it would buy ships.", "Kaiyo Boshin Kisen K.K.", "organisation"},
		{"Singaporean private company", "Tan Wei Pte said on Tuesday it would buy ships.", "Tan Wei Pte", "organisation"},
		{"European company", "Marta Lind SE said on Tuesday it would buy ships.", "Marta Lind SE", "organisation"},
	})
}
