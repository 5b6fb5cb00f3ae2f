package archive

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// Save inserts or updates b in one transaction: the current brief, a new
// revision, the search index and the tags. A brief without an ID gets a new
// one that sorts by creation time and is used by no other brief. A brief
// with an ID updates the brief stored under it, unless that one was created
// at another time than b says: then it is a different brief, and Save fails
// with ErrIDTaken. Created is set on the first save and
// Updated on every save. b's ID, Created, Updated and Tags are updated in
// place. Saving a brief that is in the trash takes it out.
func (a *Archive) Save(b *briefing.Brief) (string, error) {
	if b == nil {
		return "", fmt.Errorf("no brief to save")
	}
	c := *b
	err := a.update(func(tx *bolt.Tx) error { return saveTx(tx, &c, time.Now(), false) })
	if err != nil {
		return "", err
	}
	b.ID, b.Created, b.Updated, b.Tags = c.ID, c.Created, c.Updated, c.Tags
	return c.ID, nil
}

// importing are the save rules of an import: a brief keeps the Created and
// Updated times it carries, and one whose ID belongs to a different brief
// in the archive is added under a new ID instead of failing with ErrIDTaken.
type importing bool

// saveTx saves b at time now, by the import rules when imp is set.
func saveTx(tx *bolt.Tx, b *briefing.Brief, now time.Time, imp importing) error {
	briefs := tx.Bucket(bucketBriefs)
	if b.ID != "" && !validID(b.ID) {
		return fmt.Errorf("%q is not an archive ID (16 hex digits): clear the ID to save the brief as a new one", b.ID)
	}
	var old *briefing.Brief
	if b.ID != "" {
		var err error
		if old, err = storedVersion(briefs, b); errors.Is(err, ErrIDTaken) && bool(imp) {
			b.ID, old = "", nil
		} else if err != nil {
			return err
		}
	}
	if b.ID == "" {
		last, _ := briefs.Cursor().Last()
		b.ID = newID(now, string(last), func(id string) bool { return briefs.Get([]byte(id)) != nil })
	}
	stampTimes(b, old, now, bool(imp))
	b.Tags = cleanTags(b.Tags)
	for _, t := range b.Tags {
		if len(t) > maxTagLen {
			return fmt.Errorf("the tag %q is longer than %d bytes: shorten it", clip(t, 20), maxTagLen)
		}
	}
	b.Normalize()
	if old != nil && tx.Bucket(bucketSummaries).Get([]byte(b.ID)) == nil {
		old = nil // in the trash: not indexed, nothing to remove
	}
	if err := setLive(tx, b.ID, old, b); err != nil {
		return err
	}
	enc, err := encodeBrief(b)
	if err != nil {
		return err
	}
	if err := briefs.Put([]byte(b.ID), enc); err != nil {
		return err
	}
	return tx.Bucket(bucketRevisions).Put(revisionKey(b.ID, lastRevision(tx, b.ID)+1), enc)
}

// stampTimes sets Created (kept from the stored version old, if any) and
// Updated. With keepTimes, times the brief carries are kept.
func stampTimes(b, old *briefing.Brief, now time.Time, keepTimes bool) {
	stamp := now.UTC().Format(timeFormat)
	switch {
	case old != nil && old.Created != "":
		b.Created = old.Created
	case !keepTimes || b.Created == "":
		b.Created = stamp
	}
	if !keepTimes || b.Updated == "" {
		b.Updated = stamp
	}
}

// setLive moves brief id's list entry, date, tags and index entries from
// the old version (nil: none) to the new one (nil: none, as when it goes
// to the trash), and keeps the live count.
func setLive(tx *bolt.Tx, id string, old, new *briefing.Brief) error {
	if err := retag(tx, id, old, new); err != nil {
		return err
	}
	if err := relist(tx, id, new); err != nil {
		return err
	}
	if err := reindex(tx, id, postingsOf(old), postingsOf(new)); err != nil {
		return err
	}
	return addLive(tx, presence(new)-presence(old))
}

func presence(b *briefing.Brief) int {
	if b == nil {
		return 0
	}
	return 1
}

func postingsOf(b *briefing.Brief) map[string]counts {
	if b == nil {
		return nil
	}
	return postings(b)
}

// retag replaces the tag entries of brief id.
func retag(tx *bolt.Tx, id string, old, new *briefing.Brief) error {
	tags := tx.Bucket(bucketTags)
	if old != nil {
		for _, t := range old.Tags {
			if err := tags.Delete(tagKey(t, id)); err != nil {
				return err
			}
		}
	}
	if new != nil {
		for _, t := range new.Tags {
			if err := tags.Put(tagKey(t, id), []byte(t)); err != nil {
				return err
			}
		}
	}
	return nil
}

// relist writes brief id's list entry and filter date, or removes them
// when b is nil.
func relist(tx *bolt.Tx, id string, b *briefing.Brief) error {
	sums, dates := tx.Bucket(bucketSummaries), tx.Bucket(bucketDates)
	if b == nil {
		if err := sums.Delete([]byte(id)); err != nil {
			return err
		}
		return dates.Delete([]byte(id))
	}
	sum, err := json.Marshal(summaryOf(b))
	if err != nil {
		return err
	}
	if err := sums.Put([]byte(id), sum); err != nil {
		return err
	}
	if err := dates.Put([]byte(id), []byte(filterDate(b))); err != nil {
		return err
	}
	return tx.Bucket(bucketTrash).Delete([]byte(id))
}

// storedVersion returns the version of b stored under b.ID (nil when there
// is none), or ErrIDTaken when that is a different brief: one created at
// another time than b says it was.
func storedVersion(briefs *bolt.Bucket, b *briefing.Brief) (*briefing.Brief, error) {
	v := briefs.Get([]byte(b.ID))
	if v == nil {
		return nil, nil
	}
	old, err := decodeBrief(v)
	if err != nil {
		return nil, fmt.Errorf("brief %s: %w", b.ID, err)
	}
	if b.Created != "" && old.Created != "" && b.Created != old.Created {
		return nil, newError(ErrIDTaken, fmt.Sprintf("the ID %s belongs to another brief in the archive (created %s, this one %s): clear the ID to save it as a new brief", b.ID, old.Created, b.Created))
	}
	return old, nil
}

// Get returns the current version of brief id (live or in the trash).
func (a *Archive) Get(id string) (*briefing.Brief, error) {
	var b *briefing.Brief
	err := a.view(func(tx *bolt.Tx) (err error) {
		b, err = getTx(tx, id)
		return err
	})
	return b, err
}

func getTx(tx *bolt.Tx, id string) (*briefing.Brief, error) {
	v := tx.Bucket(bucketBriefs).Get([]byte(id))
	if v == nil {
		return nil, notFound(id)
	}
	b, err := decodeBrief(v)
	if err != nil {
		return nil, fmt.Errorf("brief %s: %w", id, err)
	}
	return b, nil
}
