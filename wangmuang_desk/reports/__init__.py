"""Excel and PDF builders: data in, file out. No Qt, no sessions."""
