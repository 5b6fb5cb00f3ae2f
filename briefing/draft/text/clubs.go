package text

// ClubEnds end the names of sports clubs ("Hollinsbury Town", "Harbour
// Rovers", "Lunsenga Lions FC"): a club's teams take a plural verb
// ("Hollinsbury Town have signed"), and "the club" stands for such a
// name.
var ClubEnds = SetOf("Town", "City", "United", "Athletic", "County", "Albion", "Villa", "Wednesday", "Argyle",
	"Alexandra", "Orient", "Hotspur", "Palace", "Forest", "Rovers", "Wanderers", "Rangers", "Harriers", "FC", "AFC")
