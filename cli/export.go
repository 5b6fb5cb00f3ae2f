package cli

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/pdf"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

// exportFlags are the export command's options.
type exportFlags struct {
	pdf, md, json  string
	paper, marking string
}

func init() {
	var f exportFlags
	register(&Command{
		Name:    "export",
		Args:    "[--pdf OUT.pdf] [--md OUT.md] [--json OUT.json] [--paper a4|letter] [--marking TEXT] FILE.json|-",
		Summary: "Export a brief as PDF, Markdown or JSON.",
		Help: `Reads a brief's JSON (FILE.json, or - for standard input) and writes each
output asked for. Every file is written to a temporary file next to it and
renamed into place, so a failed export never leaves a half-written file.`,
		Setup: func(fs *flag.FlagSet) {
			fs.StringVar(&f.pdf, "pdf", "", "write the PDF brief to `OUT.pdf`")
			fs.StringVar(&f.md, "md", "", "write Markdown to `OUT.md`")
			fs.StringVar(&f.json, "json", "", "write the brief's JSON to `OUT.json`")
			fs.StringVar(&f.paper, "paper", "a4", "paper size of the PDF: a4 or letter")
			fs.StringVar(&f.marking, "marking", "", "marking `TEXT` for the banner (replaces the brief's own)")
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
		return usagef("give one FILE.json, or - for standard input")
	}
	if f.pdf == "" && f.md == "" && f.json == "" {
		return usagef("say what to write: --pdf OUT.pdf, --md OUT.md or --json OUT.json")
	}
	if !slices.Contains(pdf.Papers, strings.ToLower(f.paper)) {
		return usagef("--paper %q: choose %s", f.paper, strings.Join(pdf.Papers, " or "))
	}
	b, err := loadBrief(env, args[0])
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
	if f.pdf != "" {
		data, err := pdf.Render(b, pdf.Options{Paper: f.paper})
		if err != nil {
			return nil, err
		}
		outs = append(outs, output{f.pdf, data})
	}
	if f.md != "" {
		outs = append(outs, output{f.md, []byte(b.Markdown())})
	}
	if f.json != "" {
		data, err := b.MarshalIndent()
		if err != nil {
			return nil, err
		}
		outs = append(outs, output{f.json, data})
	}
	return outs, nil
}

// loadBrief reads a brief from a JSON file or standard input.
func loadBrief(env Env, name string) (*briefing.Brief, error) {
	if name != "-" {
		if _, err := os.Stat(name); err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
		}
	}
	data, err := readInput(env, name)
	if err != nil {
		return nil, err
	}
	b, err := briefing.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), err)
	}
	return b, nil
}
