"""The fact layer inside the real extractor: facts name the entities it resolved."""

from shared.extract.extractor import RuleExtractor


def test_extractor_links_facts_to_its_entities(extractor: RuleExtractor) -> None:
    text = (
        "Premijer Marko Babić sastao se u Sarajevu s ministrom Ivanom Perićem 11. novembra.\n\n"
        '"Razgovori su bili vrlo korisni za obje strane", rekao je Babić.'
    )
    extraction = extractor.extract(text, "bs", "2025-11-12")
    names = {e.key: e.name for e in extraction.entities}
    by_type = {f.type: f for f in extraction.facts}
    assert "Babić" in names[by_type["quote"].fields["speaker"]]
    participants = {names[key] for key in by_type["meeting"].fields["participants"]}
    assert any("Babić" in n for n in participants) and any("Peri" in n for n in participants)
    assert by_type["meeting"].fields["date"] == "2025-11-11"
    assert all(0 <= f.start <= f.end <= len(text) and f.evidence for f in extraction.facts)
