// Written in the API client milestone.
