package classify

import "tamis/library/classify/lexicon"

var (
	taleNeighbours      = lexicon.Words(lexicon.Data, "tale_neighbours")
	screeningNeighbours = lexicon.Words(lexicon.Data, "screening_neighbours")
)

// storyAsTale: "story" is a tale, not a social-media story, when a word
// beside it says so ("a short story", "bedtime stories", "write a story
// about…", "story time"): a story told shows no one. So does a work that
// tells a story (« le film met en scène… », « Film : « Rain Man » — Charlie… »,
// story_frame.go, title_frame.go), and "film" beside a word of a showing
// ("film club", "film night") is a film, not a video of members.
func (a *analysis) storyAsTale(k int) bool {
	toks := a.s.Toks
	if toks[k].IsAny(cWork, cStoryCue) && a.storySentence() {
		return true
	}
	neighbours := taleNeighbours
	switch toks[k].Norm {
	case "story", "stories":
	case "film", "films", "movie", "movies":
		neighbours = screeningNeighbours // "film club", "film night": a film shown
	default:
		return false
	}
	for m := max(0, k-2); m < min(len(toks), k+2); m++ {
		if m != k && neighbours[toks[m].Norm] {
			return true
		}
	}
	return false
}
