package parties

import "testing"

func TestRoleBeforeComma(t *testing.T) {
	checkRoles(t, []roleCase{
		{"office with an of phrase, then a form of address", "The Consul-General of Vandria, Mr. Piotr Sallow, left the talks early.", "Piotr Sallow", "Consul-General of Vandria"},
		{"office with an in phrase, then a form of address", "Tarvia said its Ambassador in Olmsk, Mrs. Dana Ferrer, would fly home.", "Dana Ferrer", "Ambassador"},
		{"office whose field also names an office, the name closing the sentence", "The decision was taken on Wednesday by the Minister of Justice, Helena Marques Sarmento.", "Helena Marques Sarmento", "Minister of Justice"},
		{"office of the cabinet, then a doctor's title", "The Minister of Health and Welfare, Dr. Ines Kovac, will answer questions today.", "Ines Kovac", "Minister of Health and Welfare"},
		{"hyphenated office after a possessive, then Dr", "The institute's director-general, Dr Omar Fellah, said the lab would reopen.", "Omar Fellah", "director-general"},
		{"Prof between the office and the name", "The panel's chairwoman, Prof Hanne Rask, said the data were clear.", "Hanne Rask", "chairwoman"},
		{"councillor's title between the office and the name", "The leader of Brindle Town Council, Cllr Rosa Penhall, said cuts were coming.", "Rosa Penhall", "leader of Brindle Town Council"},
		{"office with the body it serves, no address", "The chief inspector of Haldon Constabulary, Ben Carrow, has ordered a review.", "Ben Carrow", "chief inspector of Haldon Constabulary"},
		{"description of the holder between office and name", "Its treasurer, retired surveyor Gwen Lowry, found the error.", "Gwen Lowry", "treasurer"},
		{"abbreviated description between office and name", "Its secretary, retired GP Dr Ifor Maddox, said the group would appeal.", "Ifor Maddox", "secretary"},
		{"a noun of trade opened by an article", "Two people died, a volunteer lifeguard, Rory Tench, and a visitor.", "Rory Tench", "volunteer lifeguard"},
		{"apposition closing the sentence after a preposition", "Police are holding charges against a landlord, Viktor Oman.", "Viktor Oman", "landlord"},
		{"relational noun before an office before the name", "Her successor, chief operating officer Mila Strand, will take over.", "Mila Strand", "chief operating officer"},
		{"a phrase opened by a possessive after another name", "Minister Dalca and her Oskian counterpart, Rune Viken, will meet again.", "Rune Viken", "counterpart"},
		{"a lone noun before the comma at the start of the sentence", "Neighbours, Ada Roth, said the noise went on.", "Ada Roth", ""},
		{"a relation to another person is no office", "She took office after her predecessor, Lars Ekman, resigned.", "Lars Ekman", ""},
		{"fronted adverbial is no apposition", "In a statement, Dr Lena Voigt, the surgeon, said the unit was safe.", "Lena Voigt", "surgeon"},
		{"name followed by its verb is no apposition", "After meeting the minister, Carl Brandt said the talks went well.", "Carl Brandt", ""},
	})
}

func TestOfficeNamedWithItsBody(t *testing.T) {
	checkPeople(t, []personCase{
		{"council office before a councillor's title", "Council leader Cllr Anwen Hale said the cuts were painful.", "Anwen Hale", "Council leader", ""},
		{"an office whose fields are listed, set off before the name", "Last Thursday, the Minister for Children, Disability and Equality, Niamh Ó Briain, promised that no family will pay more.",
			"Niamh Ó Briain", "Minister for Children, Disability and Equality", ""},
		{"an office whose listed fields close with the article", "Last Thursday, the Minister for Agriculture, Food and the Marine, Dara Ó Floinn, promised a review.",
			"Dara Ó Floinn", "Minister for Agriculture, Food and the Marine", ""},
		{"committee office before a councillor's title", "Committee chair Cllr Ravi Mistry said the report was late.", "Ravi Mistry", "Committee chair", ""},
		{"board office", "Board president Lucia Ferro said the board would vote in May.", "Lucia Ferro", "Board president", ""},
		{"ministry office after a portfolio word", "Foreign Ministry Spokesperson Elin Marr said talks would resume.", "Elin Marr", "Foreign Ministry Spokesperson", ""},
		{"a trade of firms and people alike before a given name is a person's office", "Riverside Lane's executive producer, Neil Ashworth, promised viewers a dramatic exit.", "Neil Ashworth", "executive producer", ""},
		{"a player's nationality names no office of the state", "Glasgow Rangers have signed Norwegian striker Erik Solberg from Rosenborg.", "Erik Solberg", "striker", "Norway"},
		{"a portfolio written as an acronym", "India's IT minister Ashwini Rao told parliament the law would stand.", "Ashwini Rao", "IT minister", "India"},
		{"a body's proper name is no part of the office", "Harvest Party spokesman Odd Berg said the party wants a deal.", "Odd Berg", "spokesman", ""},
		{"a union's possessive name is no part of the office", "Dock Workers' Union general secretary Hal Pruitt repeated his view.", "Hal Pruitt", "general secretary", "Dock Workers' Union"},
		{"form of address after the office is dropped", "District Superintendent Dr. Nora Bell said buses would get cameras.", "Nora Bell", "District Superintendent", ""},
		{"rank of birth after the office is dropped", "Interior Minister Prince Faisal Al-Amin said the ban would end.", "Faisal Al-Amin", "Interior Minister", ""},
		{"rank of birth that is the office stays", "Crown Prince Hamad told ministries to hire women.", "Hamad", "Crown Prince", ""},
	})
}

// TestApposedClauseSubject checks that a noun the parse sets in
// apposition to a name, but which runs straight on into a verb, is the
// subject of the next clause and no office of the person.
func TestApposedClauseSubject(t *testing.T) {
	checkPeople(t, []personCase{
		{"a subject after a name closing a fronted participle clause", "Under the deal, signed on Wednesday by Anna Brandt, the total allowable catch for 2025 will fall to 412,000 tonnes.",
			"Anna Brandt", "", ""},
		{"an office in apposition, closed by a comma", "Anna Brandt, the fisheries minister, said the catch would fall.",
			"Anna Brandt", "fisheries minister", ""},
		{"a name after a fronted phrase of place is no office's", "Outside court, Jonathan Keel KC, for Ashworth-Pike, told reporters his client was disappointed.",
			"Jonathan Keel", "", ""},
	})
}
