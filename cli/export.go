package cli

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
	"github.com/briefdesk/briefdesk/briefing/export"
	"github.com/briefdesk/briefdesk/briefing/pdf"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

// exportFlags are the export command's options.
type exportFlags struct {
	pdf, docx, md, json string
	paper, marking      string
	db                  string
}

func init() {
	var f exportFlags
	register(&Command{
		Name:    "export",
		Args:    "[--pdf OUT.pdf] [--docx OUT.docx] [--md OUT.md] [--json OUT.json] [--paper a4|letter] [--marking TEXT] [--db PATH] FILE.json|ID|-",
		Summary: "Export a brief as PDF, Word (.docx), Markdown or JSON.",
		Help: `Reads a brief from a JSON file (FILE.json, or - for standard input) or,
when the argument is not a file, the brief with that ID from the archive, and
writes each output asked for. Every file is written to a temporary file next to it and
renamed into place, so a failed export never leaves a half-written file.`,
		Setup: func(fs *flag.FlagSet) {
			fs.StringVar(&f.pdf, "pdf", "", "write the PDF brief to `OUT.pdf`")
			fs.StringVar(&f.docx, "docx", "", "write a Word document to `OUT.docx`")
			fs.StringVar(&f.md, "md", "", "write Markdown to `OUT.md`")
			fs.StringVar(&f.json, "json", "", "write the brief's JSON to `OUT.json`")
			fs.StringVar(&f.paper, "paper", "a4", "paper size of the PDF and Word document: a4 or letter")
			fs.StringVar(&f.marking, "marking", "", "marking `TEXT` for the banner (replaces the brief's own)")
			dbFlag(fs, &f.db)
		},
		Run: func(env Env, args []string) error { return runExport(env, f, args) },
	})
}

// output is one file to write.
type output struct {
	path string
	data []byte
}

func runExport(env Env, f exportFlags, args []string) error {
	if len(args) != 1 {
		return usagef("give one FILE.json, a brief ID, or - for standard input")
	}
	if f.pdf == "" && f.docx == "" && f.md == "" && f.json == "" {
		return usagef("say what to write: --pdf OUT.pdf, --docx OUT.docx, --md OUT.md or --json OUT.json")
	}
	if !slices.Contains(pdf.Papers, strings.ToLower(f.paper)) {
		return usagef("--paper %q: choose %s", f.paper, strings.Join(pdf.Papers, " or "))
	}
	b, err := loadBriefOrID(env, args[0], f.db)
	if err != nil {
		return err
	}
	if m := strings.TrimSpace(f.marking); m != "" {
		b.Marking = m
	}
	outs, err := renderOutputs(b, f)
	if err != nil {
		return err
	}
	for _, o := range outs {
		if err := atomicfile.Write(o.path, o.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "wrote %s (%d KB)\n", o.path, (len(o.data)+1023)/1024)
	}
	return nil
}

// renderOutputs produces every requested file in memory first, so that a
// brief that cannot be exported writes nothing.
func renderOutputs(b *briefing.Brief, f exportFlags) ([]output, error) {
	var outs []output
	for _, o := range []struct {
		path string
		f    export.Format
	}{{f.pdf, export.PDF}, {f.docx, export.DOCX}, {f.md, export.Markdown}, {f.json, export.JSON}} {
		if o.path == "" {
			continue
		}
		data, err := export.Render(b, o.f, export.Options{Paper: f.paper})
		if err != nil {
			return nil, err
		}
		outs = append(outs, output{o.path, data})
	}
	return outs, nil
}

// loadBriefOrID reads a brief from a JSON file or standard input or, when
// name is neither a file nor a path, from the archive by ID.
func loadBriefOrID(env Env, name, db string) (*briefing.Brief, error) {
	if _, err := os.Stat(name); err != nil && name != "-" {
		if looksLikePath(name) {
			return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
		}
		var b *briefing.Brief
		err := withArchive(env, db, true, func(a *archive.Archive) (err error) {
			b, err = a.Get(name)
			return err
		})
		return b, err
	}
	return loadBrief(env, name)
}

// loadBrief reads a brief from a JSON file or standard input.
func loadBrief(env Env, name string) (*briefing.Brief, error) {
	data, err := readInput(env, name)
	if err != nil {
		return nil, err
	}
	limitMemory(len(data))
	b, err := briefing.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), err)
	}
	return b, nil
}

// looksLikePath tells a file name from a brief ID: IDs have no folder
// separators and no extension.
func looksLikePath(name string) bool {
	return strings.ContainsAny(name, `/\.`)
}
