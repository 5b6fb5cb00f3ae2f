package archive

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// Save inserts or updates b in one transaction: the current brief, a new
// revision, the search index and the tags. A brief without an ID gets a new
// one that sorts by creation time; Created is set on the first save and
// Updated on every save. b's ID, Created, Updated and Tags are updated in
// place.
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

// saveTx saves b at time now. With keepTimes a brief that carries its own
// Created and Updated (an import) keeps them.
func saveTx(tx *bolt.Tx, b *briefing.Brief, now time.Time, keepTimes bool) error {
	briefs := tx.Bucket(bucketBriefs)
	if b.ID != "" && !validID(b.ID) {
		return fmt.Errorf("%q is not an archive ID (16 hex digits): clear the ID to save the brief as a new one", b.ID)
	}
	var old *briefing.Brief
	if b.ID == "" {
		last, _ := briefs.Cursor().Last()
		b.ID = idFor(now, string(last))
	} else if v := briefs.Get([]byte(b.ID)); v != nil {
		var err error
		if old, err = decodeBrief(v); err != nil {
			return fmt.Errorf("brief %s: %w", b.ID, err)
		}
	}
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
	b.Tags = cleanTags(b.Tags)
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

// setLive moves brief id's list entry, date, tags and index entries from
// the old version (nil: none) to the new one (nil: none, as when it goes
// to the trash), and keeps the live count.
func setLive(tx *bolt.Tx, id string, old, new *briefing.Brief) error {
	var oldP, newP map[string]counts
	tags, dates, sums := tx.Bucket(bucketTags), tx.Bucket(bucketDates), tx.Bucket(bucketSummaries)
	if old != nil {
		oldP = postings(old)
		for _, t := range old.Tags {
			if err := tags.Delete(tagKey(t, id)); err != nil {
				return err
			}
		}
	}
	if new != nil {
		newP = postings(new)
		for _, t := range new.Tags {
			if err := tags.Put(tagKey(t, id), []byte(t)); err != nil {
				return err
			}
		}
		sum, err := json.Marshal(summaryOf(new))
		if err != nil {
			return err
		}
		if err := sums.Put([]byte(id), sum); err != nil {
			return err
		}
		if err := dates.Put([]byte(id), []byte(filterDate(new))); err != nil {
			return err
		}
		if err := tx.Bucket(bucketTrash).Delete([]byte(id)); err != nil {
			return err
		}
	} else {
		if err := sums.Delete([]byte(id)); err != nil {
			return err
		}
		if err := dates.Delete([]byte(id)); err != nil {
			return err
		}
	}
	if err := reindex(tx, id, oldP, newP); err != nil {
		return err
	}
	switch {
	case old == nil && new != nil:
		return addLive(tx, 1)
	case old != nil && new == nil:
		return addLive(tx, -1)
	}
	return nil
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
