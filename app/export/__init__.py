"""Generation of the submission documents and the package."""
