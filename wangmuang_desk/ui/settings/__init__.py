"""Office settings: profile and signatories, villages, reference lists, language, first start."""
