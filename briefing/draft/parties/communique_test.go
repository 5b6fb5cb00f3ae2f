package parties

import "testing"

// communique is the opening of a summit's joint communique: offices each
// with its holder, a diplomatic form of address, and "The Leaders".
const communique = "Joint Communique of the Third Trilateral Summit\n\n" +
	"1. The President of the Republic of Marapura, H.E. Anjali Mehrotra-Rao, the President of the Republic of Kham Sai, H.E. Somchai Vorapakdee, and the President of the Republic of Pelangi Raya, H.E. Hasnah Idris Wirawan, met in Port Amaran on 18 October 2024.\n\n" +
	"2. The Leaders agreed to eliminate tariffs on rice by 1 January 2027. Ministers welcomed the decision."

// TestCommuniqueOffices checks that in a list of offices each followed by
// its holder every holder takes the office before the name, not the one
// after it; that "H.E." addresses the person and is no part of the name;
// and that the words a communique capitalises for those who met are no
// parties.
func TestCommuniqueOffices(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"the first of a list of offices with their holders", communique, "Anjali Mehrotra-Rao", "President of the Republic of Marapura"},
		{"the second of the list", communique, "Somchai Vorapakdee", "President of the Republic of Kham Sai"},
		{"the last of the list", communique, "Hasnah Idris Wirawan", "President of the Republic of Pelangi Raya"},
	})
	checkPartyCases(t, []partyCase{
		{"a communique's words for those who met", communique, []string{"Anjali Mehrotra-Rao"}, []string{"The Leaders", "Leaders", "Ministers", "H.E. Anjali Mehrotra-Rao"}},
	})
}
