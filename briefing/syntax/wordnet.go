package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// wordNetPart is one part of speech of the WordNet database: its file
// suffix, its base class, the class of its irregular forms and where its
// first sense's semantic class goes in an entry (0: not kept).
type wordNetPart struct {
	name      string
	base      uint32
	irregular uint32
	sense     uint32
}

var wordNetParts = []wordNetPart{
	{"noun", lexNoun, lexPlural, lexNounSense},
	{"verb", lexVerb, lexVerbEd, lexVerbSense},
	{"adj", lexAdj, lexCompared, 0},
	{"adv", lexAdv, 0, 0},
}

// ReadWordNet builds a lexicon from a WordNet 3.0 database directory (the
// index.*, data.* and *.exc files, as Debian's wordnet-base installs them
// in /usr/share/wordnet). Multi-word entries are left out. Names, which
// WordNet writes capitalised, get lexProper instead of lexNoun.
func ReadWordNet(dir string) (Lexicon, error) {
	lex := Lexicon{}
	senses := map[string][4]int{}
	type irregular struct {
		form, base string
		part       wordNetPart
	}
	var irregulars []irregular
	for k, part := range wordNetParts {
		classOf, err := readWordNetData(dir, part, lex)
		if err != nil {
			return nil, err
		}
		err = eachLine(filepath.Join(dir, "index."+part.name), func(f []string) error {
			first, n, err := firstSense(f)
			if err != nil || strings.Contains(f[0], "_") {
				return err
			}
			s := senses[f[0]]
			s[k] = n
			senses[f[0]] = s
			if part.name != "noun" {
				lex[f[0]] |= part.base
			}
			if c, ok := classOf[first]; ok && part.sense != 0 {
				lex[f[0]] |= (c + 1) * part.sense
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if part.irregular == 0 {
			continue
		}
		err = eachLine(filepath.Join(dir, part.name+".exc"), func(f []string) error {
			if len(f) >= 2 && !strings.Contains(f[0], "_") {
				irregulars = append(irregulars, irregular{f[0], f[1], part})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, ir := range irregulars {
		senses := lex[ir.base] & sensesOf(ir.part.base)
		lex[ir.form] |= ir.part.irregular | inheritedSenses(lex[ir.form], senses)
	}
	for w, s := range senses {
		best := 0
		for k := range s {
			if s[k] > s[best] {
				best = k
			}
		}
		lex[w] |= uint32(best+1) * lexDominant
	}
	return lex, nil
}

// firstSense reads an index line: the offset of the word's most frequent
// sense and the number of its senses.
func firstSense(f []string) (offset string, senses int, err error) {
	if len(f) < 4 {
		return "", 0, errors.New("short index line")
	}
	if senses, err = strconv.Atoi(f[2]); err != nil {
		return "", 0, err
	}
	ptrs, err := strconv.Atoi(f[3])
	if err != nil {
		return "", 0, err
	}
	if at := 4 + ptrs + 2; at < len(f) {
		offset = f[at]
	}
	return offset, senses, nil
}

// readWordNetData reads the data file of part: the semantic class (the
// lexicographer file number) of each synset by offset, and for nouns the
// case of each word, marking names and common nouns in lex.
func readWordNetData(dir string, part wordNetPart, lex Lexicon) (map[string]uint32, error) {
	classOf := map[string]uint32{}
	err := eachLine(filepath.Join(dir, "data."+part.name), func(f []string) error {
		if len(f) < 4 {
			return nil
		}
		c, err := strconv.ParseUint(f[1], 10, 8)
		if err != nil || c >= lexSenseMask {
			return fmt.Errorf("bad lexicographer file %q", f[1])
		}
		classOf[f[0]] = uint32(c)
		if part.name != "noun" {
			return nil
		}
		n, err := strconv.ParseUint(f[3], 16, 8)
		if err != nil {
			return err
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if strings.Contains(w, "_") {
				continue
			}
			if low := strings.ToLower(w); low != w {
				lex[low] |= lexProper
			} else {
				lex[low] |= lexNoun
			}
		}
		return nil
	})
	return classOf, err
}

// eachLine calls fn with the fields of each line of a WordNet file, skipping
// the licence lines at its start (which begin with a space).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading WordNet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == ' ' {
			continue
		}
		if err := fn(strings.Fields(text)); err != nil {
			return fmt.Errorf("reading WordNet %s line %d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading WordNet %s: %w", path, err)
	}
	return nil
}
