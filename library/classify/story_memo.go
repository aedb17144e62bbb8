package classify

// storyMemo is storyFrom, read once a sentence: the names stage, the
// photos of the gray zone and the invented case ask it of the same
// sentence, and each reading looks every word up in a dozen word sets.
// Its answer depends only on the sentence's words and its direct
// findings, which the stages that ask it (all after "direct") see the
// same; sentence() clears the memo.
func (a *analysis) storyMemo() int {
	if a.memo&memoStoryDone == 0 {
		a.story, a.memo = a.storyFrom(), a.memo|memoStoryDone
	}
	return a.story
}
