# Read by cpack once per generator. DEB and RPM install under /usr, as a distribution's own
# packages do; the TGZ stays a relocatable tree (bin/, share/) to unpack under /usr/local or
# /opt; NSIS and DragNDrop choose their own root.
if(CPACK_GENERATOR STREQUAL "DEB" OR CPACK_GENERATOR STREQUAL "RPM")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
