package text

import (
	"regexp"
	"strings"
)

// pageToolRe matches a whole line that belongs to the page's tools rather
// than to the story: a share button with its channel ("Share on X",
// "Share via Email", "Share page"), a reading prompt ("Continue reading
// below", "Story continues below advertisement"), an audio player ("Listen
// to this article") and its duration or a reading time ("4 min", "5 min
// read"), a page or slide counter ("Page 1 of 2", "1 / 12", "- 3 -"), a
// follow prompt naming any channel ("Follow her on Bluesky @janedoe"), a
// copyright notice, a section line ("From the section Football"), and a
// contact line whose label names a channel and whose rest is an address
// or a number ("Telephone 020 7944 3021", "Email desk@site.example"), a
// skip link ("Skip to main content"), a call for readers' stories, a call
// to sign up ("Sign up for the Evening Digest", "Get the day's top stories
// delivered to your inbox"), a reading tool ("Save article", "Gift this
// article", "Print", "Enlarge this image", "toggle caption"), an e-mail
// address or a link alone, a reading time, how to reach the reporters
// ("To contact the reporter on this story: …", "Contact: Press
// Secretary, 021 555 0199"), a newsletter's pitch, a call for comments
// ("Have your say in the comments below"), a pointer to the page's player ("Watch the latest
// update in the video player above", "Listen to the full report on …")
// and a broadcaster's notice that its material may not be republished.
var pageToolRe = regexp.MustCompile(`(?i)^(?:share(?: (?:this|the))?(?: (?:article|story|page|post|link))?(?: (?:on|via|with|by) [\p{L}+-]+)?|` +
	`(?:continue|keep) reading(?: (?:below|here|the (?:main )?(?:story|article)))?|(?:the )?(?:story|article) continues (?:below|after)\b.{0,30}|` +
	`listen to (?:this|the) (?:article|story|report|podcast|episode)|\d{1,3} ?(?:min|mins|minutes?)(?: (?:read|listen|watch))?|` +
	`(?:page|p\.) ?\d{1,4}(?: (?:of|/) ?\d{1,4})?|\d{1,4} ?(?:of|/) ?\d{1,4}|[-–—] ?\d{1,4} ?[-–—]|` +
	`follow (?:us|him|her|them|me|@\w+|[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) on [\p{L}]+(?: @\w+| at @?[\w.]+)?|` +
	`copyright\s*(?:©\s*)?\d{4}\b.{0,80}|all rights reserved\.?|` +
	`(?:from|more from|more in) the section\b.{1,40}|` +
	`(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|whatsapp)\s*:?\s*(?:[\w.+-]+@[\w.-]+|\+?[\d(][\d ()-]{5,20})|` +
	`skip to (?:the )?(?:main )?(?:content|navigation|article)|(?:do you have|have you got|got) a story(?: for us)?\?.{0,60}|` +
	`(?:sign up|subscribe|register)(?: (?:now|today|here|for free))?(?: (?:for|to) [\p{L}'’ -]{1,50})?|(?:get|receive|have) .{0,80}\b(?:to|in) your inbox\b.{0,40}|` +
	`(?:save|bookmark)(?: (?:article|story|this (?:article|story)|for later))?|gift (?:this )?(?:article|story)|copy (?:this )?link|` +
	`print(?: this (?:page|article|story))?|(?:text|font) size|listen|enlarge this image|(?:toggle|hide|show) caption|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|` +
	`(?:reading|read) time\s*:?\s*\d{1,3} ?(?:min|mins|minutes?)|link copied|republish this (?:article|story)|` +
	`to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,160}|(?:get|receive)\b.{0,100}\bnewsletter\b.{0,60}|` +
	`tap here\b.{0,80}|have your say\b.{0,80}|(?:want|looking for) more (?:stories|news|articles|updates)\b.{0,60}|` +
	`contacts?\s*:.{0,100}(?:@|\d[\d ()-]{6,}).{0,40}|` +
	`(?:watch|listen to|see|view)\b.{0,100}\b(?:above|below)|(?:watch|listen to) (?:the|our) full (?:report|interview|story|video|segment|bulletin|episode|conversation)\b.{0,80}|` +
	`this material may not be (?:published|reproduced|broadcast|copied)\b.*)[.!:]?$`)

// pageVoiceRe matches a short line in which the page speaks of itself in
// the first person plural: its journalism, newsletters, standards and
// terms, an author bio ("Jane Doe is our Europe editor.") or its links
// ("We may earn a commission when you buy through links on our site.").
// A story quotes people saying "our", and a broadcaster's prose cites
// "our correspondent", but neither says these.
var pageVoiceRe = regexp.MustCompile(`(?i)^(?:[^"“”]*\bour (?:journalism|newsletters?|podcasts?|standards|trust principles|` +
	`privacy policy|terms(?: of (?:use|service))?)\b[^"“”]*|[^"“”]*\blinks? (?:on|in|to|from) (?:our|this) (?:site|website|page|article)\b[^"“”]*|` +
	`(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}is our (?:[\p{L}-]+ ){0,3}(?:editor|correspondent|reporter|columnist|writer|critic)\b.{0,80})$`)

// selfRefRe matches a note about the article itself: where it first
// appeared, that it was corrected or updated, what it is part of ("This
// article appeared in the print edition under the headline …", "A version
// of this story was first published on …", "This report by The Maple
// Press was first published …"), a correction ("… An earlier version of
// this story gave the wrong year") and an update note saying what changed
// ("Update, March 3, 2027, 4:20 PM ET: Added comment from the union.").
var selfRefRe = regexp.MustCompile(`(?i)^(?:(?:a version of )?this (?:article|story|piece|report|page|post|interview|column|feature)(?: by [^,.]{1,60}?)? (?:(?:originally |first )?appeared|` +
	`was (?:originally |first )?(?:published|amended|updated|corrected|produced)|has been (?:updated|amended|corrected)|` +
	`is (?:part of|produced|published)|contains (?:affiliate )?links)\b.*|.*\ban earlier version of this (?:article|story|piece|report|post)\b.*|` +
	`(?:update[ds]?|correction|clarification)\b.{0,60}?:\s*(?:added|adds|updated|updates|corrected|clarified|removed|changed|includes?|` +
	`this (?:article|story|post|report) (?:has been|was|is))\b.*)$`)

// pageToolLine reports whether s is a line of the page's own tools or
// voice rather than the story's.
func pageToolLine(s string) bool {
	return pageToolRe.MatchString(s) || selfRefRe.MatchString(s) || pipedFields(s) ||
		WordCount(s) <= maxPageVoiceWords && pageVoiceRe.MatchString(s)
}

// maxPageVoiceWords is the longest a line of the page's own voice may be.
const maxPageVoiceWords = 20

// trailMarks writes the slashes and angle brackets that part a trail of
// links as bars.
var trailMarks = strings.NewReplacer(" / ", "|", " > ", "|")

// maxFieldWords is the longest one field of a piped line may be.
const maxFieldWords = 6

// pipedFields reports whether s is a row of short fields set apart by
// vertical bars, with no verb and no sentence end: a running header or
// footer of a printed page ("Ministry of Foreign Affairs | 14 April 2027")
// or a site's strip of labels, or a trail of links set apart by
// guillemets, or by slashes or angle brackets between spaces ("Home »
// Newsroom » Press Releases", "Home / Press / Joint Statements").
func pipedFields(s string) bool {
	fields := strings.FieldsFunc(trailMarks.Replace(s), func(r rune) bool { return strings.ContainsRune("|»›", r) })
	if len(fields) < 2 || EndsSentence(s) || HasVerb(strings.Fields(s)) {
		return false
	}
	for _, f := range fields {
		if n := WordCount(f); n == 0 || n > maxFieldWords {
			return false
		}
	}
	return true
}
