#pragma once

#include "cli/commandspec.h"

#include <QList>

// The subcommands of popsellctl, by group; CommandTable::standard() lists them in this
// order.
namespace popsell::cli {

QList<CommandSpec> chatroomCommands();  // create-chatroom, set-dialogue, chatroom, chatrooms...
QList<CommandSpec> memberCommands();    // mark-read, flag, archive, block, purge...
QList<CommandSpec> messageCommands();   // push-product, rate, messages, post-message, hide...
QList<CommandSpec> directoryCommands(); // ambassadors, products, brand tags, chat topics
QList<CommandSpec> accountCommands();   // brand, logout, update-ambassador, shop-customer

} // namespace popsell::cli
