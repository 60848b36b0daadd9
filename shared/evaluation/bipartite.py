"""Maximum one-to-one pairing of gold items with predicted items."""

from collections.abc import Sequence


def maximum_matching(options: Sequence[Sequence[int]]) -> dict[int, int]:
    """Pair as many left items as possible, each with a distinct right item.

    `options[left]` lists the right items `left` may pair with, preferred first. Augmenting
    paths (Kuhn's algorithm) find a maximum matching, so one prediction grabbed early never
    costs a pair that a reshuffle would have kept; the preference order decides among
    equally large matchings. Returns left index -> right index.
    """
    owner: dict[int, int] = {}  # right -> left

    def augment(left: int, seen: set[int]) -> bool:
        for right in options[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(options)):
        augment(left, set())
    return {left: right for right, left in owner.items()}
